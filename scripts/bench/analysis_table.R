# A whole indicator table computed with R's survey package, for comparison with
# `atmos analyze` and for timing R on the same data (scripts/bench-analysis.sh).
#
# usage: Rscript analysis_table.R RESPONDENTS.csv SPEC.json OUT.json [INDICATOR,...]
#   RESPONDENTS.csv: a respondent file (`atmos demo --out x.csv`), SPEC.json from
#   analysis_spec.py (indicators: column, counted codes, non-substantive codes; breakdowns:
#   code -> group; margins per wave).
#
# Independent of atmos's code: the indicator values, groups and raking are built here from the
# spec, following STATISTICS.md and crates/analysis/README.md's rules:
# - y = 1 when the item's answer is a counted code, 0 for any other substantive code, NA when
#   unanswered or non-substantive;
# - each wave is its own design, svydesign(ids = ~1, weights = ~1), raked with
#   calibrate(calfun = "raking") to the wave's margins; a respondent without a group on a margin
#   forms the category "unknown" with population = sample share x total, the other counts
#   scaled by (1 - share);
# - a cell is the whole wave or a subset() of the calibrated design (so n stays the wave's rows);
#   svymean(deff = "replace"), svyciprop "xlogit", "logit" (glm) and "beta".
# Timings are printed per kind of call: the issue's reference workload is svyciprop logit and
# beta plus deff, i.e. everything but xlogit (which is computed for the 1e-9 comparison).

suppressPackageStartupMessages({
  library(survey)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
if (!length(args) %in% 3:4) {
  stop("usage: Rscript analysis_table.R RESPONDENTS.csv SPEC.json OUT.json [INDICATOR,...]")
}
spec <- fromJSON(args[2], simplifyVector = FALSE)
# An optional list of indicators limits the table (R needs hours for the whole table at a
# million respondents; the benchmark times a part and scales it).
if (length(args) == 4) {
  only <- strsplit(args[4], ",")[[1]]
  spec$indicators <- Filter(function(i) i$id %in% only, spec$indicators)
  if (length(spec$indicators) != length(only)) stop("unknown indicator in ", args[4])
}

t_read <- system.time({
  data <- read.csv(args[1], colClasses = "character", na.strings = "", check.names = FALSE)
})
cat(sprintf("R: read %d rows x %d columns in %.1f s\n", nrow(data), ncol(data), t_read[["elapsed"]]))

num <- function(x) if (is.null(x) || length(x) == 0) NA_real_ else unname(as.numeric(x))[1]

group_of <- function(codes, breakdown) {
  out <- rep(NA_character_, length(codes))
  for (g in breakdown$groups) out[codes %in% unlist(g$codes)] <- g$id
  out
}

timers <- c(setup = 0, svymean_deff = 0, logit = 0, beta = 0, xlogit = 0)
timed <- function(kind, expr) {
  t0 <- proc.time()[["elapsed"]]
  value <- force(expr)
  timers[[kind]] <<- timers[[kind]] + proc.time()[["elapsed"]] - t0
  value
}

cells <- list()
waves <- sort(unique(data$wave))
for (wave in waves) {
  t0 <- proc.time()[["elapsed"]]
  d <- data[data$wave == wave, , drop = FALSE]
  frame <- data.frame(row.names = seq_len(nrow(d)))
  for (ind in spec$indicators) {
    v <- d[[ind$column]]
    y <- ifelse(v %in% unlist(ind$codes), 1, 0)
    y[is.na(v) | v %in% unlist(ind$nonsubstantive)] <- NA
    frame[[ind$id]] <- y
  }
  for (b in spec$breakdowns) frame[[paste0("by_", b$id)]] <- group_of(d[[b$column]], b)

  margins <- spec$margins[[wave]]
  total <- sum(unlist(margins[[1]]))
  pop <- c(`(Intercept)` = total)
  terms <- character()
  for (m in names(margins)) {
    b <- Filter(function(x) x$id == m, spec$breakdowns)
    if (length(b) == 0) stop("margin ", m, " is not among the spec's breakdowns")
    v <- group_of(d[[b[[1]]$column]], b[[1]])
    counts <- unlist(margins[[m]])
    if (any(is.na(v))) {
      s <- mean(is.na(v))
      counts <- c(counts * (1 - s), unknown = s * total)
      v[is.na(v)] <- "unknown"
    }
    var <- paste0("m_", m)
    frame[[var]] <- factor(v, levels = names(counts))
    pop <- c(pop, setNames(counts[-1], paste0(var, names(counts)[-1])))
    terms <- c(terms, var)
  }
  frame$one <- 1
  f <- as.formula(paste("~", paste(terms, collapse = " + ")))
  stopifnot(identical(names(pop), colnames(model.matrix(f, frame))))
  des <- svydesign(ids = ~1, weights = ~one, data = frame)
  cal <- calibrate(des, f, population = pop, calfun = "raking", epsilon = 1e-13, maxit = 200)
  timers[["setup"]] <- timers[["setup"]] + proc.time()[["elapsed"]] - t0

  domains <- list(list(breakdown = NULL, group = NULL, design = cal))
  for (b in spec$breakdowns) {
    column <- paste0("by_", b$id)
    for (g in b$groups) {
      inside <- !is.na(frame[[column]]) & frame[[column]] == g$id
      if (!any(inside)) next
      domains[[length(domains) + 1]] <- list(
        breakdown = b$id, group = g$id,
        design = subset(cal, !is.na(cal$variables[[column]]) & cal$variables[[column]] == g$id))
    }
  }
  for (dom in domains) {
    dd <- dom$design
    inside <- weights(dd) != 0
    for (ind in spec$indicators) {
      y <- dd$variables[[ind$id]]
      ok <- !is.na(y) & inside
      n <- sum(ok)
      cell <- list(indicator = ind$id, wave = wave, breakdown = dom$breakdown,
                   group = dom$group, n = n)
      if (n > 0) {
        fy <- as.formula(paste0("~`", ind$id, "`"))
        # deff = "replace" divides by an SRS variance with n - 1 in its denominator; R fails
        # on a one-respondent domain, where atmos publishes no deff.
        m <- timed("svymean_deff", if (n > 1) svymean(fy, dd, na.rm = TRUE, deff = "replace")
                   else svymean(fy, dd, na.rm = TRUE))
        p <- num(coef(m))
        w <- weights(dd)[ok]
        cell$estimate <- p
        cell$se <- num(SE(m))
        if (n > 1 && p > 0 && p < 1) cell$deff <- num(deff(m))
        cell$df <- degf(dd)
        cell$sum_weights <- sum(w)
        cell$n_eff_kish <- sum(w)^2 / sum(w^2)
        if (p > 0 && p < 1) {
          cell$logit <- as.numeric(confint(timed("logit",
            svyciprop(fy, dd, method = "logit", na.rm = TRUE))))
          cell$beta <- as.numeric(confint(timed("beta",
            svyciprop(fy, dd, method = "beta", na.rm = TRUE))))
          cell$xlogit <- as.numeric(confint(timed("xlogit",
            svyciprop(fy, dd, method = "xlogit", na.rm = TRUE))))
        } else {
          cell$clopper_pearson <- as.numeric(binom.test(sum(y[ok]), n)$conf.int)
        }
      }
      cells[[length(cells) + 1]] <- cell
    }
  }
  cat(sprintf("R: wave %s: %d rows, %d domains\n", wave, nrow(d), length(domains)))
}
# Comparisons (STATISTICS.md "Comparing two waves"): consecutive waves and, with more than two,
# the first with the last; Holm over every comparison with a p-value.
cell_key <- function(c) paste(c$indicator, c$wave, if (is.null(c$breakdown)) "" else c$breakdown,
                              if (is.null(c$group)) "" else c$group, sep = "|")
by_key <- setNames(cells, vapply(cells, cell_key, ""))
pairs <- lapply(seq_len(length(waves) - 1), function(i) waves[c(i, i + 1)])
if (length(waves) > 2) pairs[[length(pairs) + 1]] <- waves[c(1, length(waves))]
comparisons <- list()
for (c1 in cells) {
  if (c1$wave != waves[1]) next
  for (pair in pairs) {
    find <- function(w) by_key[[cell_key(modifyList(c1, list(wave = w)))]]
    a <- find(pair[1])
    b <- find(pair[2])
    if (is.null(a) || is.null(b) || a$n == 0 || b$n == 0) next
    d <- b$estimate - a$estimate
    se <- sqrt(a$se^2 + b$se^2)
    z <- if (se > 0) d / se else NA_real_
    comparisons[[length(comparisons) + 1]] <- list(
      indicator = c1$indicator, breakdown = c1$breakdown, group = c1$group,
      earlier = pair[1], later = pair[2], difference = d, se = se, z = z,
      p_value = if (is.na(z)) NA_real_ else 2 * pnorm(-abs(z)),
      ci = d + c(-1, 1) * qnorm(0.975) * se)
  }
}
p <- vapply(comparisons, function(c) c$p_value, 0)
holm <- rep(NA_real_, length(p))
holm[!is.na(p)] <- p.adjust(p[!is.na(p)], "holm")
for (i in seq_along(comparisons)) comparisons[[i]]$p_holm <- holm[i]

reference <- sum(timers[c("setup", "svymean_deff", "logit", "beta")])
cat(sprintf("R: %d cells; seconds: raking %.1f, svymean deff %.1f, svyciprop logit %.1f, beta %.1f (the reference workload: %.1f); xlogit %.1f\n",
            length(cells), timers[["setup"]], timers[["svymean_deff"]], timers[["logit"]],
            timers[["beta"]], reference, timers[["xlogit"]]))
writeLines(toJSON(list(survey_version = as.character(packageVersion("survey")),
                       seconds = as.list(c(timers, read = t_read[["elapsed"]], reference = reference)),
                       cells = cells, comparisons = comparisons),
                  auto_unbox = TRUE, digits = NA, null = "null", na = "null"),
           args[3])
