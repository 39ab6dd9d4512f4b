-- Amounts and settings numbers now have limits (model/Amount, Tier, RuleSettings). Values an older
-- Rapport let in beyond them are brought within, so that every book still opens: amounts with more
-- than three decimal places are rounded to three; cadences over 3650 days, day counts over 3650 and
-- an at-risk multiple over 100 take the limit.
UPDATE interactions SET amount = printf('%.3f', CAST(amount AS REAL))
    WHERE amount IS NOT NULL AND instr(amount, '.') > 0
      AND rtrim(substr(amount, instr(amount, '.') + 4), '0') <> '';
UPDATE settings SET value = printf('%.3f', CAST(value AS REAL))
    WHERE key = 'settings.noteAmountThreshold' AND instr(value, '.') > 0
      AND rtrim(substr(value, instr(value, '.') + 4), '0') <> '';
UPDATE tiers SET cadence_days = 3650 WHERE cadence_days > 3650;
UPDATE settings SET value = '100'
    WHERE key = 'settings.rules.atRiskMultiple' AND CAST(value AS INTEGER) > 100;
UPDATE settings SET value = '3650'
    WHERE key LIKE 'settings.rules.%' AND key NOT IN ('settings.rules.enabled', 'settings.rules.atRiskMultiple')
      AND CAST(value AS INTEGER) > 3650;
