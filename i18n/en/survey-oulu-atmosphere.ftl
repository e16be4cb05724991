# Oulu atmosphere survey for immigrants: English texts.
# Ids: surveys/oulu-atmosphere/ (see surveys/README.md, section "Texts").

survey-title = Atmosphere survey for immigrants living in Oulu
survey-intro =
    The City of Oulu wants to know how immigrants living in Oulu experience the atmosphere in the city, its services and their own inclusion. The survey is carried out every two years. The results are used to evaluate the city's integration programme and to develop services.

    Answering takes about 15 minutes. Your answers are anonymous: we do not ask your name, and we do not store any information that could identify you. You can skip questions that are not marked as required. You can also stop and continue later.

    Thank you for taking part!

## Pages

page-background = About you
page-atmosphere = The atmosphere in Oulu
page-home = Oulu as your home town
page-inclusion = Inclusion and having a say
page-discrimination = Discrimination and racism
page-discrimination_details = Your experiences of discrimination
page-harassment = Harassment and violence
page-services = Services
page-trust = Trust
page-comments = Finally

## About you

q-age_band = How old are you?
opt-age_band-18_24 = 18–24 years
opt-age_band-25_29 = 25–29 years
opt-age_band-30_39 = 30–39 years
opt-age_band-40_49 = 40–49 years
opt-age_band-50_64 = 50–64 years
opt-age_band-65_plus = 65 years or over

q-gender = What is your gender?
opt-gender-female = Woman
opt-gender-male = Man
opt-gender-other = Other
opt-gender-prefer_not = Prefer not to say

q-native_language = What is your first language?
q-native_language-hint = If you have more than one first language, choose the one you use most.
opt-native_language-russian = Russian
opt-native_language-arabic = Arabic
opt-native_language-english = English
opt-native_language-persian = Persian (Farsi, Dari)
opt-native_language-chinese = Chinese
opt-native_language-somali = Somali
opt-native_language-kurdish = Kurdish
opt-native_language-ukrainian = Ukrainian
opt-native_language-estonian = Estonian
opt-native_language-other = Another language

q-native_language_other = Which language? Please write your first language.

q-region_of_birth = Where were you born?
q-region_of_birth-hint = The former Soviet Union includes, for example, Ukraine, Estonia and Kazakhstan.
opt-region_of_birth-finland = In Finland
opt-region_of_birth-russia_former_ussr = In Russia or elsewhere in the former Soviet Union
opt-region_of_birth-europe = Elsewhere in Europe
opt-region_of_birth-middle_east_north_africa = In the Middle East or North Africa
opt-region_of_birth-africa_other = Elsewhere in Africa
opt-region_of_birth-asia = Elsewhere in Asia
opt-region_of_birth-americas_oceania = In the Americas or Oceania
opt-region_of_birth-prefer_not = Prefer not to say

q-year_moved_finland = In which year did you move to Finland?
q-year_moved_finland-hint = If you have moved to Finland more than once, write the year you first moved here.
rule-year_moved_range = Please write a four-digit year between 1950 and 2026, for example 2015.

q-move_reason = What was the main reason you moved to Finland?
opt-move_reason-work = Work
opt-move_reason-study = Studies
opt-move_reason-family = Family, for example a spouse or family reunification
opt-move_reason-refugee = As a refugee or asylum seeker
opt-move_reason-other = Another reason

q-years_in_oulu = How long have you lived in Oulu?
q-years_in_oulu-hint = If you have lived in Oulu more than once, add all the periods together.
opt-years_in_oulu-lt1 = Less than a year
opt-years_in_oulu-1_2 = 1–2 years
opt-years_in_oulu-3_5 = 3–5 years
opt-years_in_oulu-6_10 = 6–10 years
opt-years_in_oulu-over10 = More than 10 years

q-district = Which part of Oulu do you live in?
q-district-hint = If your area is not on the list, choose the nearest one or “Another part of Oulu”.
opt-district-keskusta = City centre (Keskusta)
opt-district-tuira = Tuira
opt-district-kaukovainio = Kaukovainio
opt-district-kaakkuri = Kaakkuri
opt-district-myllyoja = Myllyoja
opt-district-hiukkavaara = Hiukkavaara
opt-district-kaijonharju_linnanmaa = Kaijonharju or Linnanmaa
opt-district-rajakyla = Rajakylä
opt-district-haukipudas = Haukipudas
opt-district-kiiminki = Kiiminki
opt-district-oulunsalo = Oulunsalo
opt-district-other_area = Another part of Oulu
opt-district-prefer_not = Prefer not to say

q-main_activity = Which of these best describes your current situation?
opt-main_activity-employed = I am in paid work
opt-main_activity-self_employed = I am self-employed
opt-main_activity-student = I am studying
opt-main_activity-unemployed = I am unemployed
opt-main_activity-integration_training = I am in integration training
opt-main_activity-parental_leave = I am on parental leave or looking after a child at home
opt-main_activity-retired = I am retired
opt-main_activity-other = Something else

q-lang_skill = How well do you know these languages?
q-lang_skill-row-finnish = Finnish
q-lang_skill-row-swedish = Swedish
q-lang_skill-row-english = English
opt-lang_level-none = Not at all
opt-lang_level-basic = A little
opt-lang_level-good = Well
opt-lang_level-fluent = Fluently
opt-lang_level-native = It is my first language

## Shared answer scales

opt-agree5-strongly_disagree = Strongly disagree
opt-agree5-disagree = Somewhat disagree
opt-agree5-neither = Neither agree nor disagree
opt-agree5-agree = Somewhat agree
opt-agree5-strongly_agree = Strongly agree
opt-agree5-cant_say = Can't say

opt-yes_no_cs-yes = Yes
opt-yes_no_cs-no = No
opt-yes_no_cs-cant_say = Can't say

opt-yes_no_pn-yes = Yes
opt-yes_no_pn-no = No
opt-yes_no_pn-prefer_not = Prefer not to answer

opt-yes_no-yes = Yes
opt-yes_no-no = No

## The atmosphere in Oulu

q-atmosphere_general = In your opinion, what is the atmosphere towards immigrants like in Oulu?
opt-atmos5-very_negative = Very negative
opt-atmos5-rather_negative = Fairly negative
opt-atmos5-neutral = Neither positive nor negative
opt-atmos5-rather_positive = Fairly positive
opt-atmos5-very_positive = Very positive
opt-atmos5-cant_say = Can't say

q-atmosphere_change = In your opinion, how has the atmosphere towards immigrants in Oulu changed in the past two years?
opt-change5-much_worse = Much worse
opt-change5-somewhat_worse = Somewhat worse
opt-change5-no_change = About the same
opt-change5-somewhat_better = Somewhat better
opt-change5-much_better = Much better
opt-change5-cant_say = Can't say

q-safety_evening = How safe do you feel walking alone in your own neighbourhood in the evening?
opt-safety4-very_unsafe = Very unsafe
opt-safety4-rather_unsafe = Fairly unsafe
opt-safety4-rather_safe = Fairly safe
opt-safety4-very_safe = Very safe
opt-safety4-cant_say = Can't say

q-atmos_statements = How much do you agree with the following statements?
q-atmos_statements-row-open_city = Oulu is an open and multicultural city.
q-atmos_statements-row-racism_problem = Racism is a problem in Oulu.
q-atmos_statements-row-treated_equally = In Oulu, immigrants are treated the same way as other residents.
q-atmos_statements-row-own_culture = I can show my culture or religion in public without fear.
q-atmos_statements-row-city_against_racism = The City of Oulu works actively against racism.
q-atmos_statements-row-hostile_debate = Public debate about immigration in Oulu is hostile.

q-witnessed_racism = In the past 12 months, have you seen or heard someone else experience racism in Oulu?

## Oulu as your home town

q-home_town = How much do you agree with this statement: “Oulu feels like my home town.”

q-belong = How much do you agree with the following statements?
q-belong-row-feel_home = I feel at home in my neighbourhood.
q-belong-row-accepted = In Oulu, I am accepted as I am.
q-belong-row-part_of_community = I feel part of the community in Oulu.
q-belong-row-lonely = I often feel lonely.
q-belong-row-future_in_oulu = I see my future in Oulu.

q-plans_stay = Do you plan to go on living in Oulu?
opt-plans_stay-stay_long = Yes, permanently or for a long time
opt-plans_stay-stay_few_years = Yes, for a few years
opt-plans_stay-move_in_finland = No, I plan to move elsewhere in Finland
opt-plans_stay-move_abroad = No, I plan to move out of Finland
opt-plans_stay-dont_know = I don't know yet

q-finnish_friends = Do you have Finnish friends?
q-finnish_friends-hint = By a friend we mean someone you spend time with and can talk to about personal matters.
opt-friends-yes_several = Yes, several
opt-friends-yes_one_or_two = Yes, one or two
opt-friends-no = No

## Inclusion

q-inclusion = How much do you agree with the following statements?
q-inclusion-row-can_influence = I can influence matters that are important to me in Oulu.
q-inclusion-row-info_available = I can easily find information about the city's services and decisions in a language I understand.
q-inclusion-row-participate_activities = I can take part in hobbies and events in Oulu in the same way as others.
q-inclusion-row-heard_by_city = The city listens to the views of immigrants.
q-inclusion-row-equal_opportunities = In Oulu, I have the same opportunities as other residents.

q-integrated = How well do you feel you have integrated into Finland?
opt-integration4-very_poorly = Very poorly
opt-integration4-rather_poorly = Fairly poorly
opt-integration4-rather_well = Fairly well
opt-integration4-very_well = Very well
opt-integration4-cant_say = Can't say

q-organisations = Do you take part in any of the following in Oulu?
q-organisations-hint = Choose all that apply.
opt-organisations-sports_club = A sports club or exercise group
opt-organisations-culture_hobby = A culture or hobby group
opt-organisations-religious_community = A religious community
opt-organisations-immigrant_association = An immigrant or language community association
opt-organisations-residents_association = A residents' association or neighbourhood activities
opt-organisations-parents_association = Parents' activities at a daycare centre or school
opt-organisations-volunteer_work = Volunteer work
opt-organisations-trade_union = A trade union
opt-organisations-political_party = A political party
opt-organisations-other = Another organisation or group
opt-organisations-none = None of these

q-voted_municipal = Did you vote in the last municipal elections?
q-voted_municipal-hint = Foreign citizens can also vote in municipal elections if they have had a municipality of residence in Finland for long enough.
opt-voted-yes = Yes
opt-voted-no = No
opt-voted-not_eligible = I was not eligible to vote
opt-voted-prefer_not = Prefer not to say

## Discrimination and racism

q-disc_any = In the past 12 months, have you experienced discrimination or racism in Oulu?
q-disc_any-hint = Discrimination means, for example, being treated worse than others because of your origin, skin colour, religion, language or something else about you.

q-disc_domain = In which situations have you experienced discrimination or racism in the past 12 months?
q-disc_domain-hint = Please answer every row. Choose “Does not apply to me” if you have not been in that situation.
q-disc_domain-row-job_seeking = When looking for work
q-disc_domain-row-work = At work
q-disc_domain-row-housing = When looking for housing or where you live
q-disc_domain-row-health = In health services
q-disc_domain-row-social_services = In social services
q-disc_domain-row-employment_services = In employment services
q-disc_domain-row-daycare_school = At daycare, school or college
q-disc_domain-row-culture_sport = In culture, sports or leisure activities
q-disc_domain-row-shops = In shops, restaurants or other businesses
q-disc_domain-row-public_transport = On public transport
q-disc_domain-row-street = In the street or other public places
q-disc_domain-row-police = In dealings with the police
q-disc_domain-row-online = Online or on social media
opt-yes_no_na-yes = Yes
opt-yes_no_na-no = No
opt-yes_no_na-not_applicable = Does not apply to me

q-disc_ground = Why do you think you were discriminated against?
q-disc_ground-hint = Choose all that apply.
opt-disc_ground-origin = Ethnic or national origin
opt-disc_ground-skin_colour = Skin colour
opt-disc_ground-religion = Religion or belief
opt-disc_ground-language = Language
opt-disc_ground-accent = Accent or way of speaking
opt-disc_ground-gender = Gender
opt-disc_ground-age = Age
opt-disc_ground-disability = Disability or health
opt-disc_ground-sexual_orientation = Sexual orientation
opt-disc_ground-other = Another reason
opt-disc_ground-dont_know = I don't know

q-disc_by_whom = Who discriminated against you?
q-disc_by_whom-hint = Choose all that apply.
opt-disc_by-official = An official or a public service employee
opt-disc_by-police = The police
opt-disc_by-supervisor = A manager or employer
opt-disc_by-colleague = A colleague or fellow student
opt-disc_by-customer = A customer or client
opt-disc_by-neighbour = A neighbour
opt-disc_by-stranger = A stranger
opt-disc_by-other = Someone else

## Harassment and violence

q-harassment_12m = In the past 12 months, have you been harassed in Oulu?
q-harassment_12m-hint = Harassment means, for example, name-calling, threats, or offensive gestures or messages, also online.

q-violence_12m = In the past 12 months, has anyone used violence against you or threatened you with violence in Oulu?
q-violence_12m-hint = Violence means, for example, hitting, kicking, pushing or throwing something at you.

q-reported = Did you report the discrimination, harassment or violence to anyone, for example the police, your employer, the city or the Non-Discrimination Ombudsman?
q-reported-hint = If it has happened more than once, think about the most recent time.

q-why_not_reported = Why didn't you report it?
q-why_not_reported-hint = Choose all that apply.
opt-why_not-no_use = Reporting would not have helped
opt-why_not-didnt_know_how = I did not know how or to whom to report it
opt-why_not-fear = I was afraid of the consequences
opt-why_not-language = My language skills were not good enough
opt-why_not-not_serious = It did not seem serious enough
opt-why_not-handled_myself = I dealt with it myself or with people close to me
opt-why_not-other = Another reason
opt-why_not-prefer_not = Prefer not to say

## Services

q-service_access = In the past 12 months, how easy or difficult has it been for you to get the following services in Oulu?
q-service_access-hint = Choose “I have not used this service” if you have not used it in the past 12 months.
q-service_access-row-health_centre = Health centre
q-service_access-row-dental = Dental care
q-service_access-row-social_services = Social services
q-service_access-row-employment_services = Employment services
q-service_access-row-daycare = Early childhood education (daycare)
q-service_access-row-school = Basic education (school)
q-service_access-row-library = Library
q-service_access-row-sport_culture = Sports and culture services
q-service_access-row-housing_services = Housing services, for example city rental housing
q-service_access-row-public_transport = Public transport
q-service_access-row-international_house = International House Oulu
opt-access4-very_difficult = Very difficult
opt-access4-rather_difficult = Fairly difficult
opt-access4-rather_easy = Fairly easy
opt-access4-very_easy = Very easy
opt-access4-not_used = I have not used this service

q-unmet_need = In the past 12 months, did you need any of these services but not get it?
q-unmet_need-hint = Answer “No” if you got the service or did not need it.
q-unmet_need-row-health_centre = Health centre
q-unmet_need-row-dental = Dental care
q-unmet_need-row-social_services = Social services
q-unmet_need-row-employment_services = Employment services
q-unmet_need-row-daycare = Early childhood education (daycare)
q-unmet_need-row-school = Basic education (school)
q-unmet_need-row-library = Library
q-unmet_need-row-sport_culture = Sports and culture services
q-unmet_need-row-housing_services = Housing services, for example city rental housing
q-unmet_need-row-public_transport = Public transport
q-unmet_need-row-international_house = International House Oulu

q-barriers = What has made it harder for you to use services?
q-barriers-hint = Choose all that apply.
opt-barriers-language = Language
opt-barriers-information = Not enough information about services
opt-barriers-waiting_time = Long queues or waiting times
opt-barriers-cost = Cost
opt-barriers-discrimination = Discriminatory or disrespectful treatment
opt-barriers-digital_services = Using online services or online banking codes
opt-barriers-opening_hours = Opening hours
opt-barriers-distance = Long distance or difficult to get there
opt-barriers-other = Something else
opt-barriers-no_barriers = Nothing, using services has gone well

q-service_language = Which language do you usually use with public services?
opt-service_language-finnish = Finnish
opt-service_language-english = English
opt-service_language-own_language = My own first language
opt-service_language-mixed = Several languages

q-interpreter = In the past 12 months, have you needed an interpreter when using public services?
opt-interpreter-needed_got = Yes, and I got one
opt-interpreter-needed_not_got = Yes, but I did not get one
opt-interpreter-not_needed = No, I have not needed one

## Trust

q-trust = How much do you trust the following?
q-trust-hint = 0 means you do not trust at all and 10 means you trust completely.
q-trust-row-city_services = City of Oulu services
q-trust-row-police = The police
q-trust-row-health_care = Health care
q-trust-row-courts = The courts
q-trust-row-media = The media
q-trust-row-politicians = Politicians
opt-trust11-0 = 0
opt-trust11-1 = 1
opt-trust11-2 = 2
opt-trust11-3 = 3
opt-trust11-4 = 4
opt-trust11-5 = 5
opt-trust11-6 = 6
opt-trust11-7 = 7
opt-trust11-8 = 8
opt-trust11-9 = 9
opt-trust11-10 = 10
opt-trust11-cant_say = Can't say

## Finally

q-what_would_improve = What could the City of Oulu do to make Oulu feel like home for all its residents?
q-what_would_improve-hint = Please do not write names or other details that could identify you or anyone else.

q-comments = Is there anything else you would like to tell us about the atmosphere, services or your experiences in Oulu?
q-comments-hint = Please do not write names or other details that could identify you or anyone else.

## Indicators

ind-racism_experienced_12m = Experienced discrimination or racism (12 months)
ind-disc_ground_origin = Discriminated against for origin or skin colour (of those discriminated against)
ind-witnessed_racism = Saw or heard racism against someone else (12 months)
ind-harassment_12m = Experienced harassment (12 months)
ind-incident_reported = Reported the incident (of those who experienced discrimination, harassment or violence)
ind-discrimination = Experienced discrimination in this situation (of those discriminated against, 12 months)
ind-atmosphere_positive = Sees the atmosphere towards immigrants as positive
ind-atmosphere_improved = Atmosphere has improved in the past two years
ind-racism_seen_as_problem = Sees racism as a problem in Oulu
ind-city_against_racism = The city works actively against racism
ind-safety = Feels safe in own neighbourhood in the evening
ind-violence_12m = Experienced violence or threats of violence (12 months)
ind-home_town = Oulu feels like home town
ind-belonging_index = Belonging index (0–100)
ind-lonely = Often feels lonely
ind-has_finnish_friends = Has Finnish friends
ind-plans_to_stay = Plans to stay in Oulu permanently or for a long time
ind-inclusion_index = Inclusion index (0–100)
ind-integrated_well = Feels well integrated
ind-participates_organisations = Takes part in organisations or groups
ind-voted_municipal = Voted in municipal elections (of those eligible)
ind-service_access_index = Access to services index (0–100)
ind-service_access_difficult = Difficult to get the service (of its users)
ind-unmet_need = Needed the service but did not get it
ind-unmet_need_any = Went without at least one needed service
ind-language_barrier = Language made it harder to use services
ind-interpreter_not_got = Needed an interpreter but did not get one
ind-trust_institutions_index = Trust in institutions index (0–100)

## Breakdowns

bd-gender = Gender
bd-age_band = Age group
bd-age_band-age_18_29 = 18–29 years
bd-age_band-age_30_49 = 30–49 years
bd-age_band-age_50_plus = 50 years or over
bd-language_group = Language group
bd-language_group-russian_speaking = Russian, Ukrainian or Estonian
bd-language_group-arabic_persian_kurdish = Arabic, Persian or Kurdish
bd-language_group-somali = Somali
bd-language_group-english = English
bd-language_group-other = Other languages
bd-years_in_oulu = Time lived in Oulu
bd-years_in_oulu-under_3 = Less than 3 years
bd-years_in_oulu-from_3_to_10 = 3–10 years
bd-years_in_oulu-over_10 = More than 10 years
bd-district = Area of residence
bd-district-centre = Keskusta and Tuira
bd-district-north = Kaijonharju, Linnanmaa and Rajakylä
bd-district-south_east = Kaukovainio, Kaakkuri, Myllyoja and Hiukkavaara
bd-district-outer = Haukipudas, Kiiminki and Oulunsalo
bd-district-other = Other areas
bd-region_of_birth = Region of birth
