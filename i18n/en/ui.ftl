# User interface texts (area `ui`). Error messages for residents: plain language that says
# what to do (after the GOV.UK Design System).

error-unknown-page = The page was not found. Go back to the start of the survey.
error-unknown-question = The form had a question that is not in this survey. Reload the page and answer again.
error-not-on-page = The form had an answer to a question on another page. Reload the page and answer again.
error-required = Answer this question.
error-unknown-option = Select one of the options given.
error-multiple-values = Select only one option.
error-exclusive = “{ $code }” cannot be selected together with other options.
error-too-few-choices = { $min ->
    [one] Select at least { $min } option.
   *[other] Select at least { $min } options.
}
error-too-many-choices = { $max ->
    [one] Select at most { $max } option.
   *[other] Select at most { $max } options.
}
error-not-a-number = Enter the answer as a number, for example 2015.
error-not-an-integer = Enter a whole number, without decimals.
error-out-of-range = Enter a number between { $min } and { $max }.
error-too-small = The number must be { $min } or more.
error-too-large = The number must be { $max } or less.
error-too-long = The answer must be { $max } characters or fewer. It now has { $length }.
error-line-break = Write the answer on one line.
error-control-characters = The answer has characters that cannot be saved. Type the answer again.

## Every page
site-name = Atmosphere survey
skip-to-content = Skip to main content
languages = Languages
footer-privacy = Your answers are anonymous. We do not store your name, IP address or device details.
optional = optional
progress = Page { $page } of { $pages }
back = Back
continue = Continue
save-and-continue-later = Save and continue later
or = or
error-summary-title = There is a problem
error-title-prefix = Error

## Landing page
landing-privacy-heading = Your privacy
landing-privacy-anonymous = The survey is anonymous. We do not ask your name, and your answers cannot be linked to you.
landing-privacy-stored = We store only your answers, the language you answered in and the time you answered. We do not store your IP address or information about your device.
landing-privacy-cookies = The survey uses only the cookies it needs to work: one keeps your answers together while you answer, one remembers your language, and one protects the form.
landing-privacy-results = Results are published only for groups of at least 10 people. Your open answers are never published with the numbers.
landing-start = Start now
landing-start-over = Start a new answer
landing-continue = Continue your answer
landing-resume = Continue with a saved code

## Check your answers
check-title = Check your answers before sending them
check-lead = You can still change your answers. When you send them, you cannot change them any more.
change = Change
not-answered = Not answered
invitation-label = Invitation code
invitation-hint = The code is in the letter or message you received, for example K7Q2-M9XD-AB3C-DE4F.
submit = Send answers

## After sending
done-title = Thank you for answering
done-body = Your answers have been sent. They help the city to make Oulu a good place for everyone.
done-anonymous = Your answers are anonymous. You can now close this page.

## Save and continue later
saved-title = Your answers are saved
saved-body = You can continue answering later, on this device or on another one.
saved-code-intro = Write down this code or take a picture of it. You need it to continue on another device. We cannot show it to you again.
saved-resume-link = Continue with a code
resume-title = Continue your answer
resume-lead = Enter the code you got when you saved your answers.
resume-label = Code
resume-hint = For example ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ. Capital or small letters both work.
error-resume-empty = Enter your code.
error-resume-unknown = We did not find answers with this code. Check the code and try again.

## Invitation codes
error-invitation-required = Enter your invitation code.
error-invitation-invalid = This invitation code is not valid for this survey. Check the code and try again.
error-invitation-used = This invitation code has already been used. Each code can be used once.

## Pages that explain a problem
unknown-wave-title = Survey not found
unknown-wave-body = There is no survey at this address. Check the address in your invitation.
wave-closed-title = This survey has closed
wave-closed-body = Answers are no longer accepted. Thank you for your interest.
wave-not-yet-open-title = This survey is not open yet
wave-not-yet-open-body = Answering has not started yet. Please come back later.
wave-not-yet-open-date-title = This survey is not open yet
wave-not-yet-open-date-body = You can answer from { $date }.
unknown-page-title = Page not found
unknown-page-body = This page is not part of the survey. Go back to the start of the survey.
not-found-title = Page not found
not-found-body = Check the address and try again.
error-server-title = Sorry, there is a problem with the service
error-server-body = Your answers so far are saved. Try again later.
error-csrf-title = The form has expired
error-csrf-body = For your security, the form could not be sent. Go back, reload the page and try again.
error-rate-limited-title = Too many attempts
error-rate-limited-body = Wait a minute and try again.
error-content-type-title = The form could not be read
error-content-type-body = The answers were not sent as a form. Go back and send the form again.
error-encoding-title = The form could not be read
error-encoding-body = The answers contained characters that could not be read. Go back and try again.
error-too-large-title = The answers are too long
error-too-large-body = The form was too large to send. Shorten your longest answers and try again.

back-to-survey = Back to the start of the survey
open-surveys = Surveys open now
open-surveys-lead = Choose a survey to answer.
no-open-surveys = There are no surveys open right now.
