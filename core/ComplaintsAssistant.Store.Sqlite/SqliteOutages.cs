using ComplaintsAssistant.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>How SQLite says the file can't be used now (EF Core passes the <see cref="SqliteException"/> on, or wraps
/// it in a DbUpdateException): still locked by another writer after the 30 s busy timeout (BUSY, LOCKED), or the
/// file or the disk under it can't be opened or read (CANTOPEN, IOERR: a dropped network share, a missing volume).
/// A constraint violation, a full disk or a corrupt file is not something a retry mends.</summary>
public static class SqliteOutages
{
    private const int Busy = 5, Locked = 6, IoError = 10, CantOpen = 14;

    public static StoreUnavailableException? Recognise(Exception thrown)
    {
        for (var e = thrown; e is not null; e = e.InnerException)
            if (e is SqliteException { SqliteErrorCode: Busy or Locked or IoError or CantOpen })
                return new StoreUnavailableException(thrown);
        return null;
    }
}
