# Käyttöliittymän tekstit (alue `ui`). Virheilmoitukset vastaajalle: selkeää yleiskieltä,
# sanotaan mitä pitää tehdä (GOV.UK-mallin mukaan).

error-unknown-page = Sivua ei löytynyt. Palaa kyselyn alkuun.
error-unknown-question = Lomakkeessa oli kysymys, jota tässä kyselyssä ei ole. Lataa sivu uudelleen ja vastaa uudestaan.
error-not-on-page = Lomakkeessa oli vastaus toisen sivun kysymykseen. Lataa sivu uudelleen ja vastaa uudestaan.
error-required = Vastaa tähän kysymykseen.
error-unknown-option = Valitse jokin annetuista vaihtoehdoista.
error-multiple-values = Valitse vain yksi vaihtoehto.
error-exclusive = Vaihtoehtoa ”{ $code }” ei voi valita yhdessä muiden kanssa.
error-too-few-choices = Valitse vähintään { $min } vaihtoehtoa.
error-too-many-choices = Valitse enintään { $max } vaihtoehtoa.
error-not-a-number = Kirjoita vastaus numeroina, esimerkiksi 2015.
error-not-an-integer = Kirjoita kokonaisluku ilman desimaaleja.
error-out-of-range = Kirjoita luku väliltä { $min }–{ $max }.
error-too-small = Luvun pitää olla vähintään { $min }.
error-too-large = Luvun pitää olla enintään { $max }.
error-too-long = Vastauksessa voi olla enintään { $max } merkkiä. Nyt siinä on { $length }.
error-line-break = Kirjoita vastaus yhdelle riville.
error-control-characters = Vastauksessa on merkkejä, joita ei voi tallentaa. Kirjoita vastaus uudelleen.

## Kaikilla sivuilla
site-name = Ilmapiirikysely
skip-to-content = Siirry sisältöön
languages = Kielet
footer-privacy = Vastauksesi ovat nimettömiä. Emme tallenna nimeäsi, IP-osoitettasi emmekä laitteesi tietoja.
optional = vapaaehtoinen
progress = Sivu { $page }/{ $pages }
back = Takaisin
continue = Jatka
save-and-continue-later = Tallenna ja jatka myöhemmin
or = tai
error-summary-title = Tarkista vastauksesi
error-title-prefix = Virhe

## Aloitussivu
landing-privacy-heading = Yksityisyytesi
landing-privacy-anonymous = Kysely on nimetön. Emme kysy nimeäsi, eikä vastauksiasi voi yhdistää sinuun.
landing-privacy-stored = Tallennamme vain vastauksesi, vastauskielen ja vastausajan. Emme tallenna IP-osoitettasi emmekä tietoja laitteestasi.
landing-privacy-cookies = Kysely käyttää vain toimintansa vaatimia evästeitä: yksi pitää vastauksesi koossa vastaamisen ajan, yksi muistaa kielen ja yksi suojaa lomaketta.
landing-privacy-results = Tuloksia julkaistaan vain vähintään 10 hengen ryhmistä. Avoimia vastauksia ei koskaan julkaista lukujen yhteydessä.
landing-start = Aloita
landing-start-over = Aloita uusi vastaus
landing-continue = Jatka vastaamista
landing-resume = Jatka tallennetulla koodilla

## Tarkista vastauksesi
check-title = Tarkista vastauksesi ennen lähettämistä
check-lead = Voit vielä muuttaa vastauksiasi. Lähettämisen jälkeen niitä ei voi enää muuttaa.
change = Muuta
not-answered = Ei vastausta
invitation-label = Kutsukoodi
invitation-hint = Koodi on saamassasi kirjeessä tai viestissä, esimerkiksi K7Q2-M9XD-AB3C-DE4F.
submit = Lähetä vastaukset

## Lähettämisen jälkeen
done-title = Kiitos vastauksistasi
done-body = Vastauksesi on lähetetty. Ne auttavat kaupunkia tekemään Oulusta hyvän paikan kaikille.
done-anonymous = Vastauksesi ovat nimettömiä. Voit nyt sulkea tämän sivun.

## Tallenna ja jatka myöhemmin
saved-title = Vastauksesi on tallennettu
saved-body = Voit jatkaa vastaamista myöhemmin tällä tai toisella laitteella.
saved-code-intro = Kirjoita tämä koodi muistiin tai ota siitä kuva. Tarvitset sitä jatkaaksesi toisella laitteella. Emme voi näyttää koodia uudelleen.
saved-resume-link = Jatka koodilla
resume-title = Jatka vastaamista
resume-lead = Kirjoita koodi, jonka sait tallentaessasi vastauksesi.
resume-label = Koodi
resume-hint = Esimerkiksi ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ. Isot ja pienet kirjaimet käyvät.
error-resume-empty = Kirjoita koodisi.
error-resume-unknown = Tällä koodilla ei löytynyt vastauksia. Tarkista koodi ja yritä uudelleen.

## Kutsukoodit
error-invitation-required = Kirjoita kutsukoodisi.
error-invitation-invalid = Kutsukoodi ei kelpaa tähän kyselyyn. Tarkista koodi ja yritä uudelleen.
error-invitation-used = Kutsukoodi on jo käytetty. Kutakin koodia voi käyttää kerran.

## Ongelmasta kertovat sivut
unknown-wave-title = Kyselyä ei löytynyt
unknown-wave-body = Tässä osoitteessa ei ole kyselyä. Tarkista kutsussa oleva osoite.
wave-closed-title = Kysely on päättynyt
wave-closed-body = Vastauksia ei enää oteta vastaan. Kiitos kiinnostuksestasi.
wave-not-yet-open-title = Kysely ei ole vielä auki
wave-not-yet-open-body = Vastaaminen ei ole vielä alkanut. Tule myöhemmin uudelleen.
wave-not-yet-open-date-title = Kysely ei ole vielä auki
wave-not-yet-open-date-body = Voit vastata { $date } alkaen.
unknown-page-title = Sivua ei löytynyt
unknown-page-body = Tämä sivu ei kuulu kyselyyn. Palaa kyselyn alkuun.
not-found-title = Sivua ei löytynyt
not-found-body = Tarkista osoite ja yritä uudelleen.
error-server-title = Palvelussa on häiriö
error-server-body = Tähänastiset vastauksesi on tallennettu. Yritä myöhemmin uudelleen.
error-csrf-title = Lomake on vanhentunut
error-csrf-body = Turvallisuussyistä lomaketta ei voitu lähettää. Palaa takaisin, lataa sivu uudelleen ja yritä uudelleen.
error-rate-limited-title = Liian monta yritystä
error-rate-limited-body = Odota hetki ja yritä uudelleen.
error-content-type-title = Lomaketta ei voitu lukea
error-content-type-body = Vastauksia ei lähetetty lomakkeena. Palaa takaisin ja lähetä lomake uudelleen.
error-encoding-title = Lomaketta ei voitu lukea
error-encoding-body = Vastauksissa oli merkkejä, joita ei voitu lukea. Palaa takaisin ja yritä uudelleen.
error-too-large-title = Vastaukset ovat liian pitkiä
error-too-large-body = Lomake oli liian suuri lähetettäväksi. Lyhennä pisimpiä vastauksiasi ja yritä uudelleen.

back-to-survey = Takaisin kyselyn alkuun
open-surveys = Avoimet kyselyt
open-surveys-lead = Valitse kysely, johon haluat vastata.
no-open-surveys = Yhtään kyselyä ei ole nyt auki.
