package dev.p2caudit.model;

/**
 * What one rule of the catalogue says, as every output shows it and as an audit run keeps it: a
 * report re-rendered later shows the texts of the rules that ran, not of today's catalogue.
 *
 * @param severity    the catalogue's default (a profile may have changed it for a run)
 * @param table       the table it reads, or {@code null} for rules over every table or the inputs
 * @param step        the guidance step it follows from
 * @param definition  for a rule of a duplicate rule file: the rule as the file wrote it (JSON,
 *                    docs/duplicates.md); otherwise {@code null}
 */
public record RuleInfo(String id, Severity severity, TableKind table, String family, String title, String step,
                       String why, String remediation, String definition) {
}
