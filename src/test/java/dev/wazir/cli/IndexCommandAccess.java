package dev.wazir.cli;

/** Exposes package-private CLI texts to tests in other packages. */
public final class IndexCommandAccess {
    public static final String USAGE = IndexCommand.USAGE;

    private IndexCommandAccess() {
    }
}
