package dev.p2caudit.store;

/**
 * Where a stored row came from: its import (the file) and its line there (for a workbook, the
 * sheet row), as the row was loaded.
 */
public record SourceLine(long importId, long line) {
}
