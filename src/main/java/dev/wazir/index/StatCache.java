package dev.wazir.index;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets {@code refresh} skip reading files that cannot have changed. 1.0.0 re-reads and re-hashes every
 * file; the result here is the same because a file is skipped only when its size, modification time,
 * change time and inode all equal what was recorded when it was last read, and the hash recorded then is
 * still the hash in {@code files}. Entries for files changed less than a second before the walk are not
 * kept ("racily clean": a write in the same clock tick could leave the times unchanged), so those files are
 * read again next time. The cache lives in its own table, created only by build/refresh, so the 1.0.0
 * tables stay exactly as specified and read-only commands create the same database as 1.0.0.
 */
final class StatCache {
    private static final String CREATE = "CREATE TABLE IF NOT EXISTS file_stat_cache (\n"
            + "  relative_path TEXT PRIMARY KEY,\n  size INTEGER NOT NULL,\n  mtime_ns INTEGER NOT NULL,\n"
            + "  ctime_ns INTEGER NOT NULL,\n  inode INTEGER NOT NULL,\n  content_hash TEXT NOT NULL\n) WITHOUT ROWID";

    private record Entry(long size, long mtime, long ctime, long inode, String hash) {
    }

    private final IndexDatabase db;
    private final Map<String, Entry> entries = new HashMap<>();
    private final long racyAfterNanos;

    private StatCache(IndexDatabase db, long racyAfterNanos) {
        this.db = db;
        this.racyAfterNanos = racyAfterNanos;
    }

    /** Ensures the table (inside the caller's write transaction) and loads it when {@code load}. */
    static StatCache open(IndexDatabase db, boolean load, long walkStartMillis) throws SQLException {
        db.execute(CREATE);
        StatCache cache = new StatCache(db, (walkStartMillis - 1000) * 1_000_000L);
        if (load) {
            try (ResultSet rs = db.prepare("SELECT relative_path, size, mtime_ns, ctime_ns, inode, content_hash"
                    + " FROM file_stat_cache").executeQuery()) {
                while (rs.next()) {
                    cache.entries.put(rs.getString(1), new Entry(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getString(6)));
                }
            }
        }
        return cache;
    }

    /**
     * The cache as it is, for readers ({@code summarize}): empty when the table does not exist (an index
     * written by 1.0.0), and never creates it.
     */
    static StatCache readOnly(IndexDatabase db) throws SQLException {
        StatCache cache = new StatCache(db, Long.MIN_VALUE);
        try (ResultSet exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                + " AND name = 'file_stat_cache'").executeQuery()) {
            if (!exists.next()) {
                return cache;
            }
        }
        try (ResultSet rs = db.prepare("SELECT relative_path, size, mtime_ns, ctime_ns, inode, content_hash"
                + " FROM file_stat_cache").executeQuery()) {
            while (rs.next()) {
                cache.entries.put(rs.getString(1), new Entry(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getString(6)));
            }
        }
        return cache;
    }

    /** True when the file is certainly unchanged since it was indexed with {@code indexedHash}. */
    boolean unchanged(SourceFile file, String indexedHash) {
        Entry e = entries.get(file.relativePath());
        return e != null && indexedHash != null && e.hash.equals(indexedHash) && e.size == file.size()
                && e.mtime == file.mtimeNanos() && e.ctime == file.ctimeNanos() && e.inode == file.inode()
                && file.ctimeNanos() >= 0;
    }

    void clear() throws SQLException {
        db.execute("DELETE FROM file_stat_cache");
        entries.clear();
    }

    /** Records what the walk saw for a file just read with this hash (or forgets it when racy). */
    void record(SourceFile file, String hash) throws SQLException {
        // The change time cannot be set back by tools (mtime can), and any later write moves it to "now":
        // an entry is trustworthy once that "now" can no longer fall in the same clock tick as the recorded one.
        if (file.ctimeNanos() < 0 || file.ctimeNanos() >= racyAfterNanos || file.mtimeNanos() >= racyAfterNanos) {
            forget(file.relativePath());
            return;
        }
        PreparedStatement st = db.prepare("INSERT INTO file_stat_cache (relative_path, size, mtime_ns, ctime_ns,"
                + " inode, content_hash) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(relative_path) DO UPDATE SET"
                + " size = excluded.size, mtime_ns = excluded.mtime_ns, ctime_ns = excluded.ctime_ns,"
                + " inode = excluded.inode, content_hash = excluded.content_hash");
        st.setString(1, file.relativePath());
        st.setLong(2, file.size());
        st.setLong(3, file.mtimeNanos());
        st.setLong(4, file.ctimeNanos());
        st.setLong(5, file.inode());
        st.setString(6, hash);
        st.executeUpdate();
    }

    /** Drops entries for paths the walk did not keep (removed, renamed or no longer eligible). */
    void retainOnly(java.util.Set<String> seen) throws SQLException {
        for (String path : new java.util.ArrayList<>(entries.keySet())) {
            if (!seen.contains(path)) {
                forget(path);
            }
        }
    }

    void forget(String relativePath) throws SQLException {
        if (entries.remove(relativePath) == null) {
            return;
        }
        PreparedStatement st = db.prepare("DELETE FROM file_stat_cache WHERE relative_path = ?");
        st.setString(1, relativePath);
        st.executeUpdate();
    }
}
