package dev.p2caudit.ui.findings;

import java.time.LocalDate;

/** What the user typed to waive a finding. */
public record WaiverInput(String reason, String who, LocalDate until) {
}
