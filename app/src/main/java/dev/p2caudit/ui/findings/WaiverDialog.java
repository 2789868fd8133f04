package dev.p2caudit.ui.findings;

import dev.p2caudit.model.Finding;
import dev.p2caudit.ui.common.Grid;
import dev.p2caudit.ui.common.Ui;
import java.awt.Component;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;

/** Asks who waives a finding, why, and until when. */
final class WaiverDialog {

    private WaiverDialog() {
    }

    static Optional<WaiverInput> ask(Component parent, Finding finding, String suggestedWho) {
        JTextField reason = Ui.named(new JTextField(36), "waiverReason", "Reason for the waiver");
        JTextField who = Ui.named(new JTextField(suggestedWho, 20), "waiverWho", "Who waives it");
        JTextField until = Ui.named(new JTextField(LocalDate.now().plusDays(90).toString(), 10), "waiverUntil",
                "Waived until (a date such as 2026-12-31)");
        JPanel form = new JPanel();
        Grid.on(form)
                .wide(Ui.paragraph(finding.rule() + " on " + finding.key() + " will count no more (in this run and the"
                        + " next ones) until the date below. It stays listed, marked waived."))
                .add(label("Reason:", reason)).wide(reason)
                .add(label("Who:", who)).wide(who)
                .add(label("Until:", until)).wide(until);
        form.setName("waiverForm");
        int answer = JOptionPane.showConfirmDialog(parent, form, "Waive " + finding.rule() + " " + finding.key(),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return Optional.empty();
        }
        return Optional.of(new WaiverInput(reason.getText(), who.getText(), date(until.getText())));
    }

    private static JLabel label(String text, Component field) {
        JLabel label = new JLabel(text);
        label.setLabelFor(field);
        return label;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
