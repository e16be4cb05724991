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
