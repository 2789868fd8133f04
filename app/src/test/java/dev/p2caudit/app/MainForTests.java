package dev.p2caudit.app;

/** The real entry point, started in a child JVM by tests that need a second process. */
public final class MainForTests {

    private MainForTests() {
    }

    public static void main(String[] args) {
        Main.main(args);
    }
}
