# NEEDS REVIEW by a native speaker before this survey goes live.
# WAXAA LOO BAAHAN YAHAY in qof afkiisa hooyo yahay af-Soomaali uu dib u eego ka hor inta aan sahankan la bilaabin.
# Qoraallada interface-ka (qaybta `ui`). Fariimaha khaladka ee dadka ka jawaabaya: luqad fudud oo sheegta
# waxa la sameeyo (sida GOV.UK Design System).

error-unknown-page = Bogga lama helin. Ku noqo bilowga sahanka.
error-unknown-question = Foomka waxaa ku jiray su'aal aan sahankan ku jirin. Dib u soo deji bogga oo mar kale ka jawaab.
error-not-on-page = Foomka waxaa ku jiray jawaab su'aal ku taal bog kale. Dib u soo deji bogga oo mar kale ka jawaab.
error-required = Ka jawaab su'aashan.
error-unknown-option = Dooro mid ka mid ah doorashooyinka la bixiyay.
error-multiple-values = Dooro hal doorasho oo keliya.
error-exclusive = Ma dooran kartid “{ $code }” iyo doorashooyin kale isku mar.
error-too-few-choices = Dooro ugu yaraan { $min } doorasho.
error-too-many-choices = Dooro ugu badnaan { $max } doorasho.
error-not-a-number = Jawaabta ku qor tiro, tusaale ahaan 2015.
error-not-an-integer = Qor tiro dhan, oo aan jajab lahayn.
error-out-of-range = Qor tiro u dhexeysa { $min } iyo { $max }.
error-too-small = Tiradu waa inay ahaataa { $min } ama ka badan.
error-too-large = Tiradu waa inay ahaataa { $max } ama ka yar.
error-too-long = Jawaabtu waa inay ahaataa { $max } xaraf ama ka yar. Hadda waa { $length } xaraf.
error-line-break = Jawaabta ku qor hal sadar.
error-control-characters = Jawaabta waxaa ku jira xarfo aan la kaydin karin. Mar kale qor jawaabta.

## Bog kasta
site-name = Sahanka jawiga
skip-to-content = U gudub qoraalka ugu muhiimsan
languages = Luqadaha
footer-privacy = Jawaabahaagu waa qarsoodi. Ma kaydinno magacaaga, cinwaanka IP-gaaga ama macluumaadka qalabkaaga.
optional = ikhtiyaari
progress = Bogga { $page } ee { $pages }
back = Dib u noqo
continue = Sii wad
save-and-continue-later = Kaydi oo mar dambe sii wad
or = ama
error-summary-title = Dhibaato ayaa jirta
error-title-prefix = Khalad

## Bogga hore
landing-privacy-heading = Asturnaantaada
landing-privacy-anonymous = Sahanku waa qarsoodi. Magacaaga ma weydiinno, jawaabahaagana laguma xiriirin karo adiga.
landing-privacy-stored = Waxaan kaydinnaa oo keliya jawaabahaaga, luqadda aad ku jawaabtay iyo waqtiga aad jawaabtay. Ma kaydinno cinwaanka IP-gaaga ama macluumaad ku saabsan qalabkaaga.
landing-privacy-cookies = Sahanku wuxuu isticmaalaa oo keliya cookies-ka uu u baahan yahay si uu u shaqeeyo: mid wuxuu isku hayaa jawaabahaaga inta aad jawaabayso, mid wuxuu xasuustaa luqaddaada, midna wuxuu ilaaliyaa foomka.
landing-privacy-results = Natiijooyinka waxaa la daabacaa oo keliya kooxaha ay ku jiraan ugu yaraan 10 qof. Jawaabaha aad erayadaada ku qorto weligood lama daabaco iyagoo la socda tirooyinka.
landing-start = Hadda bilow
landing-start-over = Bilow jawaab cusub
landing-continue = Sii wad jawaabtaada
landing-resume = Ku sii wad koodh aad kaydisay

## Hubi jawaabahaaga
check-title = Hubi jawaabahaaga ka hor intaadan dirin
check-lead = Weli waad beddeli kartaa jawaabahaaga. Markaad dirto kadib, ma beddeli kartid.
change = Beddel
not-answered = Lagama jawaabin
invitation-label = Koodhka casuumaadda
invitation-hint = Koodhku wuxuu ku qoran yahay warqadda ama fariinta laguu soo diray, tusaale ahaan K7Q2-M9XD-AB3C-DE4F.
submit = Dir jawaabaha

## Kadib dirista
done-title = Waad ku mahadsan tahay inaad ka jawaabtay
done-body = Jawaabahaaga waa la diray. Waxay magaalada ka caawinayaan inay Oulu ka dhigto meel u wanaagsan qof kasta.
done-anonymous = Jawaabahaagu waa qarsoodi. Hadda waad xiri kartaa boggan.

## Kaydi oo mar dambe sii wad
saved-title = Jawaabahaaga waa la kaydiyay
saved-body = Mar dambe ayaad sii wadan kartaa ka jawaabidda, qalabkan ama qalab kale.
saved-code-intro = Qor koodhkan ama sawir ka qaad. Waxaad u baahan doontaa si aad ugu sii wadato qalab kale. Mar kale kuma tusi karno.
saved-resume-link = Ku sii wad koodh
resume-title = Sii wad jawaabtaada
resume-lead = Qor koodhka aad heshay markii aad kaydisay jawaabahaaga.
resume-label = Koodh
resume-hint = Tusaale ahaan ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ. Xarfaha waaweyn iyo kuwa yaryarba waa la aqbalayaa.
error-resume-empty = Qor koodhkaaga.
error-resume-unknown = Koodhkan jawaabo lagama helin. Hubi koodhka oo isku day mar kale.

## Koodhadhka casuumaadda
error-invitation-required = Qor koodhka casuumaaddaada.
error-invitation-invalid = Koodhkan casuumaadda kuma shaqeeyo sahankan. Hubi koodhka oo isku day mar kale.
error-invitation-used = Koodhkan casuumaadda horay ayaa loo isticmaalay. Koodh kasta hal mar oo keliya ayaa la isticmaali karaa.

## Bogagga sharxa dhibaato
unknown-wave-title = Sahanka lama helin
unknown-wave-body = Cinwaankan sahan kuma jiro. Hubi cinwaanka ku qoran casuumaaddaada.
wave-closed-title = Sahankan waa xiran yahay
wave-closed-body = Jawaabo dambe lama aqbalayo. Waad ku mahadsan tahay xiisahaaga.
wave-not-yet-open-title = Sahankan weli ma furna
wave-not-yet-open-body = Ka jawaabiddu weli ma bilaaban. Fadlan dib u soo noqo mar dambe.
wave-not-yet-open-date-title = Sahankan weli ma furna
wave-not-yet-open-date-body = Waxaad ka jawaabi kartaa laga bilaabo { $date }.
unknown-page-title = Bogga lama helin
unknown-page-body = Boggani kama mid aha sahanka. Ku noqo bilowga sahanka.
not-found-title = Bogga lama helin
not-found-body = Hubi cinwaanka oo isku day mar kale.
error-server-title = Waan ka xunnahay, adeegga dhibaato ayaa ka jirta
error-server-body = Jawaabaha aad ilaa hadda bixisay waa la kaydiyay. Isku day mar dambe.
error-csrf-title = Waqtiga foomka wuu dhammaaday
error-csrf-body = Amnigaaga awgiis, foomka lama diri karin. Dib u noqo, dib u soo deji bogga oo isku day mar kale.
error-rate-limited-title = Isku day aad u badan
error-rate-limited-body = Sug hal daqiiqo oo isku day mar kale.
error-content-type-title = Foomka lama akhrin karin
error-content-type-body = Jawaabaha looma dirin qaab foom ah. Dib u noqo oo mar kale dir foomka.
error-encoding-title = Foomka lama akhrin karin
error-encoding-body = Jawaabaha waxaa ku jiray xarfo aan la akhrin karin. Dib u noqo oo isku day mar kale.
error-too-large-title = Jawaabuhu aad bay u dheer yihiin
error-too-large-body = Foomka aad buu u weynaa oo lama diri karin. Soo gaabi jawaabahaaga ugu dheer oo isku day mar kale.

back-to-survey = Ku noqo bilowga sahanka
open-surveys = Sahannada hadda furan
open-surveys-lead = Dooro sahan aad ka jawaabto.
no-open-surveys = Hadda ma jiraan sahanno furan.
