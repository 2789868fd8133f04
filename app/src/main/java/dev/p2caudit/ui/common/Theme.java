package dev.p2caudit.ui.common;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.p2caudit.ui.session.Threads;
import java.awt.Color;
import javax.swing.UIManager;

/** FlatLaf, light or dark, and the few colours the screens add (severities, highlights). */
public final class Theme {

    private Theme() {
    }

    /** Installs the look and feel; before the first window, or to switch (then every window updates). */
    public static void apply(boolean dark) {
        Threads.requireEventThread();
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        FlatLaf.updateUI();
    }

    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }

    /** A background that marks a cell worth looking at (a differing value, a matched duplicate value). */
    public static Color highlight() {
        return isDark() ? new Color(0x5A4A12) : new Color(0xFFF1B8);
    }

    /** The background of a value that differs between pre and post. */
    public static Color changed() {
        return isDark() ? new Color(0x5C2B2B) : new Color(0xFFDCDC);
    }

    public static Color severity(dev.p2caudit.model.Severity severity) {
        return switch (severity) {
            case ERROR -> isDark() ? new Color(0xFF6B6B) : new Color(0xC62828);
            case WARNING -> isDark() ? new Color(0xFFB74D) : new Color(0xB26A00);
            case INFO -> isDark() ? new Color(0x64B5F6) : new Color(0x1E6FB5);
        };
    }

    public static Color foreground() {
        return UIManager.getColor("Label.foreground");
    }

    public static Color background() {
        return UIManager.getColor("Panel.background");
    }
}
