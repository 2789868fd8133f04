package dev.p2caudit.ui;

import com.formdev.flatlaf.util.UIScale;
import dev.p2caudit.ui.browser.BrowserPanel;
import dev.p2caudit.ui.common.Theme;
import dev.p2caudit.ui.duplicates.DuplicatesPanel;
import dev.p2caudit.ui.findings.FindingsPanel;
import dev.p2caudit.ui.newaudit.NewAuditPanel;
import dev.p2caudit.ui.overview.OverviewPanel;
import dev.p2caudit.ui.rules.RulesPanel;
import dev.p2caudit.ui.run.RunPanel;
import dev.p2caudit.ui.session.Background;
import dev.p2caudit.ui.start.StartPanel;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The one window: start, new audit, progress, and the tabs of an open audit, with the menus. */
public final class MainWindow extends JFrame implements MainView {

    private static final String START = "start";
    private static final String NEW_AUDIT = "newAudit";
    private static final String RUN = "run";
    private static final String AUDIT = "audit";

    final StartPanel start = new StartPanel();
    final NewAuditPanel newAudit = new NewAuditPanel();
    final RunPanel run = new RunPanel();
    final OverviewPanel overview = new OverviewPanel();
    final FindingsPanel findings;
    final BrowserPanel browser;
    final DuplicatesPanel duplicates = new DuplicatesPanel();
    final RulesPanel rules = new RulesPanel();
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final JTabbedPane tabs = new JTabbedPane();
    private MainPresenter app;
    private MainMenu menu;
    private boolean selectingTab;
    private String shownCard = START;

    MainWindow(Background background) {
        super("P2C Auditor");
        setName("mainWindow");
        findings = new FindingsPanel(background);
        browser = new BrowserPanel(background);
        tabs.setName("auditTabs");
        tabs.addTab(Tab.OVERVIEW.title(), overview);
        tabs.addTab(Tab.FINDINGS.title(), findings);
        tabs.addTab(Tab.DATA.title(), browser);
        tabs.addTab(Tab.DUPLICATES.title(), duplicates);
        tabs.addTab(Tab.RULES.title(), rules);
        tabs.addChangeListener(e -> {
            if (!selectingTab && app != null && tabs.getSelectedIndex() >= 0) {
                app.showTab(Tab.values()[tabs.getSelectedIndex()]);
            }
        });
        content.add(start, START);
        content.add(newAudit, NEW_AUDIT);
        content.add(run, RUN);
        content.add(tabs, AUDIT);
        setContentPane(content);
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                app.exit();
            }
        });
        sensibleSize();
    }

    void attach(MainPresenter presenter, Screens screens) {
        this.app = presenter;
        this.menu = new MainMenu(presenter, screens, this);
        setJMenuBar(menu.bar());
        menu.bindKeys(getRootPane());
    }

    /** 90% of the screen, at most 1440×900 at 100% (scaled), at least 960×640. */
    private void sensibleSize() {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int width = Math.min(UIScale.scale(1440), screen.width * 9 / 10);
        int height = Math.min(UIScale.scale(900), screen.height * 9 / 10);
        setMinimumSize(new Dimension(Math.min(UIScale.scale(960), screen.width), Math.min(UIScale.scale(640), screen.height)));
        setSize(Math.max(width, getMinimumSize().width), Math.max(height, getMinimumSize().height));
        setLocationRelativeTo(null);
    }

    private void card(String name) {
        shownCard = name;
        cards.show(content, name);
    }

    /** The screen on top: start, newAudit, run or audit (tests and screenshots). */
    public String shownCard() {
        return shownCard;
    }

    @Override
    public void showStart() {
        card(START);
    }

    @Override
    public void showNewAudit() {
        card(NEW_AUDIT);
    }

    @Override
    public void showRun() {
        card(RUN);
    }

    @Override
    public void showAudit(Tab tab) {
        card(AUDIT);
        selectingTab = true;
        tabs.setSelectedIndex(tab.ordinal());
        selectingTab = false;
    }

    @Override
    public void showTitle(String title) {
        setTitle(title);
    }

    @Override
    public void enableActions(boolean workspaceOpen, boolean runAvailable, boolean busy) {
        if (menu != null) {
            menu.enable(workspaceOpen, runAvailable, busy);
        }
    }

    @Override
    public void showError(String title, String message) {
        JOptionPane.showMessageDialog(this, message == null ? title : message, title, JOptionPane.ERROR_MESSAGE);
    }

    @Override
    public Optional<Path> chooseWorkspace() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Open a workspace");
        chooser.setFileFilter(new FileNameExtensionFilter("P2C Auditor workspaces (*.mv.db)", "db"));
        return chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
    }

    @Override
    public Optional<Path> chooseSampleFolder() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Where is sample-data (the folder with pre/ and post/)?");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        return chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
    }

    @Override
    public void applyTheme(boolean dark) {
        Theme.apply(dark);
        SwingUtilities.updateComponentTreeUI(this);
    }

    public MainPresenter app() {
        return app;
    }

    public FindingsPanel findings() {
        return findings;
    }

    public OverviewPanel overview() {
        return overview;
    }

    public BrowserPanel browser() {
        return browser;
    }
}
