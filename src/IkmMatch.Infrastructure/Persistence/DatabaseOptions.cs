namespace IkmMatch.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending migrations when the API starts (default true).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
