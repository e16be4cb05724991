# NEEDS REVIEW by a native speaker before this survey goes live.
# MÅSTE GRANSKAS av en person med svenska som modersmål innan enkäten tas i bruk.
# Användargränssnittets texter (område `ui`). Felmeddelanden till den som svarar: klart språk som säger
# vad man ska göra (enligt GOV.UK Design System).

error-unknown-page = Sidan hittades inte. Gå tillbaka till början av enkäten.
error-unknown-question = Formuläret hade en fråga som inte finns i den här enkäten. Ladda om sidan och svara igen.
error-not-on-page = Formuläret hade ett svar på en fråga på en annan sida. Ladda om sidan och svara igen.
error-required = Svara på den här frågan.
error-unknown-option = Välj ett av alternativen.
error-multiple-values = Välj bara ett alternativ.
error-exclusive = ”{ $code }” kan inte väljas tillsammans med andra alternativ.
error-too-few-choices = Välj minst { $min } alternativ.
error-too-many-choices = Välj högst { $max } alternativ.
error-not-a-number = Skriv svaret med siffror, till exempel 2015.
error-not-an-integer = Skriv ett heltal, utan decimaler.
error-out-of-range = Skriv ett tal mellan { $min } och { $max }.
error-too-small = Talet måste vara { $min } eller större.
error-too-large = Talet måste vara { $max } eller mindre.
error-too-long = Svaret får vara högst { $max } tecken långt. Nu har det { $length } tecken.
error-line-break = Skriv svaret på en rad.
error-control-characters = Svaret har tecken som inte kan sparas. Skriv svaret igen.

## På alla sidor
site-name = Enkät om atmosfären
skip-to-content = Gå direkt till innehållet
languages = Språk
footer-privacy = Dina svar är anonyma. Vi sparar inte ditt namn, din IP-adress eller uppgifter om din enhet.
optional = frivillig
progress = Sida { $page } av { $pages }
back = Tillbaka
continue = Fortsätt
save-and-continue-later = Spara och fortsätt senare
or = eller
error-summary-title = Det finns ett problem
error-title-prefix = Fel

## Startsidan
landing-privacy-heading = Din integritet
landing-privacy-anonymous = Enkäten är anonym. Vi frågar inte efter ditt namn, och dina svar kan inte kopplas till dig.
landing-privacy-stored = Vi sparar bara dina svar, vilket språk du svarade på och när du svarade. Vi sparar inte din IP-adress eller uppgifter om din enhet.
landing-privacy-cookies = Enkäten använder bara de kakor som behövs för att den ska fungera: en håller ihop dina svar medan du svarar, en kommer ihåg ditt språk och en skyddar formuläret.
landing-privacy-results = Resultaten publiceras bara för grupper med minst 10 personer. Det du skriver med egna ord publiceras aldrig tillsammans med siffrorna.
landing-start = Börja nu
landing-start-over = Börja ett nytt svar
landing-continue = Fortsätt att svara
landing-resume = Fortsätt med en sparad kod

## Kontrollera dina svar
check-title = Kontrollera dina svar innan du skickar dem
check-lead = Du kan fortfarande ändra dina svar. När du har skickat dem kan du inte ändra dem längre.
change = Ändra
not-answered = Inget svar
invitation-label = Inbjudningskod
invitation-hint = Koden finns i brevet eller meddelandet som du fick, till exempel K7Q2-M9XD-AB3C-DE4F.
submit = Skicka svaren

## När du har skickat svaren
done-title = Tack för att du svarade
done-body = Dina svar har skickats. De hjälper staden att göra Uleåborg till en bra plats för alla.
done-anonymous = Dina svar är anonyma. Du kan nu stänga den här sidan.

## Spara och fortsätt senare
saved-title = Dina svar är sparade
saved-body = Du kan fortsätta svara senare, på den här enheten eller på en annan.
saved-code-intro = Skriv upp den här koden eller ta ett foto av den. Du behöver den för att fortsätta på en annan enhet. Vi kan inte visa den för dig igen.
saved-resume-link = Fortsätt med en kod
resume-title = Fortsätt att svara
resume-lead = Skriv koden som du fick när du sparade dina svar.
resume-label = Kod
resume-hint = Till exempel ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ. Både stora och små bokstäver fungerar.
error-resume-empty = Skriv din kod.
error-resume-unknown = Vi hittade inga svar med den här koden. Kontrollera koden och försök igen.

## Inbjudningskoder
error-invitation-required = Skriv din inbjudningskod.
error-invitation-invalid = Inbjudningskoden gäller inte för den här enkäten. Kontrollera koden och försök igen.
error-invitation-used = Inbjudningskoden har redan använts. Varje kod kan användas en gång.

## Sidor som förklarar ett problem
unknown-wave-title = Enkäten hittades inte
unknown-wave-body = Det finns ingen enkät på den här adressen. Kontrollera adressen i din inbjudan.
wave-closed-title = Enkäten är stängd
wave-closed-body = Det går inte längre att svara. Tack för ditt intresse.
wave-not-yet-open-title = Enkäten är inte öppen ännu
wave-not-yet-open-body = Det går inte att svara ännu. Kom tillbaka senare.
wave-not-yet-open-date-title = Enkäten är inte öppen ännu
wave-not-yet-open-date-body = Du kan svara från och med { $date }.
unknown-page-title = Sidan hittades inte
unknown-page-body = Den här sidan hör inte till enkäten. Gå tillbaka till början av enkäten.
not-found-title = Sidan hittades inte
not-found-body = Kontrollera adressen och försök igen.
error-server-title = Tyvärr är det ett problem med tjänsten
error-server-body = Svaren som du har gett hittills är sparade. Försök igen senare.
error-csrf-title = Formuläret har gått ut
error-csrf-body = Av säkerhetsskäl kunde formuläret inte skickas. Gå tillbaka, ladda om sidan och försök igen.
error-rate-limited-title = För många försök
error-rate-limited-body = Vänta en minut och försök igen.
error-content-type-title = Formuläret kunde inte läsas
error-content-type-body = Svaren skickades inte som ett formulär. Gå tillbaka och skicka formuläret igen.
error-encoding-title = Formuläret kunde inte läsas
error-encoding-body = Svaren innehöll tecken som inte kunde läsas. Gå tillbaka och försök igen.
error-too-large-title = Svaren är för långa
error-too-large-body = Formuläret var för stort för att skickas. Korta ner dina längsta svar och försök igen.

back-to-survey = Tillbaka till början av enkäten
open-surveys = Enkäter som är öppna nu
open-surveys-lead = Välj en enkät att svara på.
no-open-surveys = Inga enkäter är öppna just nu.
