using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace IkmMatch.Infrastructure.Persistence;

/// <summary>Background work's limits (<see cref="DatabaseOptions.BackgroundStatementTimeoutSeconds"/>), not a request's.</summary>
internal static class BackgroundWork
{
    /// <summary>Gives the current transaction, and every command of this unit of work, the background statement timeout.</summary>
    public static async Task UseBackgroundTimeoutAsync(this DatabaseFacade database, DatabaseOptions options, CancellationToken cancellationToken)
    {
        // 0: the client waits as long as the server may take.
        database.SetCommandTimeout(options.BackgroundStatementTimeoutSeconds > 0 ? (int)Math.Ceiling(options.BackgroundStatementTimeoutSeconds) + 5 : 0);
        await database.ExecuteSqlRawAsync(options.BackgroundTimeoutSql, cancellationToken);
    }
}
