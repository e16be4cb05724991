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
