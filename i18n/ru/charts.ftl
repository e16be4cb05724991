# NEEDS REVIEW by a native speaker before these charts are published.
# ТРЕБУЕТ ПРОВЕРКИ носителем языка до публикации диаграмм.
# Тексты диаграмм (область `charts`, crates/charts): заголовки, оси, легенды, примечания и
# описания для программ экранного доступа. Числа приходят уже отформатированными ($value, $n).

charts-all-respondents = Все респонденты
charts-too-few-answers = Слишком мало ответов
charts-hidden-protects = Скрыто для защиты другой группы
charts-no-answers = Нет ответов
charts-n = n = { $n }
charts-value-n = { $value } (n = { $n })

charts-axis-share = Доля респондентов, %
charts-axis-index = Индекс, 0–100

charts-legend-estimate = Оценка
charts-legend-interval = { $level } доверительный интервал
charts-legend-significant = Статистически значимое изменение по сравнению с предыдущей волной
charts-legend-break = Анкета изменилась
charts-legend-target = Цель программы
charts-target-below = Цель: ниже { $value } к { $by } году
charts-target-above = Цель: выше { $value } к { $by } году

charts-breakdown-subtitle = Группировка: { $breakdown }
charts-theme-subtitle = { $all }, { $waves }

charts-note-interval = Линии показывают { $level } доверительные интервалы.
charts-note-significant = Треугольник: статистически значимое изменение по сравнению с предыдущей волной (p < { $alpha }, поправка Холма).
charts-note-break = Между волнами { $earlier } и { $later } анкета изменилась; сравнивайте эти волны с осторожностью.
charts-note-suppression = Результаты, основанные менее чем на { $min_n } ответах, не показываются.
charts-note-weighted = Результаты взвешены, чтобы отражать состав населения.
charts-note-unweighted = Результаты не взвешены.
charts-note-distribution = Доли от ответивших; ответы «Затрудняюсь ответить» не учитываются.

charts-pp = { $value } п. п.
charts-index-points = { $value } (пункты индекса)

charts-desc-trend = Линейный график: «{ $indicator }», { $domain }, волны { $waves }.
charts-desc-breakdown = Столбчатая диаграмма: «{ $indicator }» по группам ({ $breakdown }), волны { $waves }.
charts-desc-distribution = Распределение ответов: «{ $item }», { $domain }, волны { $waves }.
charts-desc-theme = Малые линейные графики показателей темы «{ $theme }» ({ $count }), волны { $waves }.
charts-desc-value = { $label }: { $value } ({ $level } доверительный интервал { $lower }–{ $upper }, n = { $n })
charts-desc-value-no-interval = { $label }: { $value } (n = { $n })
charts-desc-hidden = { $label }: { $reason }
charts-desc-change = статистически значимое изменение { $earlier }–{ $later }: { $difference }
charts-desc-shares = { $wave } (n = { $n }): { $shares }

charts-theme-racism = Расизм
charts-theme-discrimination = Дискриминация
charts-theme-inclusion = Вовлечённость
charts-theme-services = Доступ к услугам
charts-theme-atmosphere = Атмосфера в обществе
charts-theme-belonging = Чувство принадлежности
charts-theme-trust = Доверие
charts-theme-safety = Безопасность
