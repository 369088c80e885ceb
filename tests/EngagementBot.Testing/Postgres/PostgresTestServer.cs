namespace EngagementBot.Testing.Postgres;

/// <summary>
/// The PostgreSQL server the tests use: <c>ENGAGEMENTBOT_TEST_POSTGRES</c> holds a connection string to
/// its admin database (./test.sh installs PostgreSQL, starts a throwaway cluster and sets it).
/// Without it the PostgreSQL tests fail; they never skip.
/// </summary>
public static class PostgresTestServer
{
    public const string VariableName = "ENGAGEMENTBOT_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{VariableName} is not set, so the PostgreSQL tests have no server. Run ./test.sh "
                + "(it installs PostgreSQL, starts a throwaway cluster and sets the variable), or set "
                + $"{VariableName} to a connection string for the admin database of a server you may create databases on.");
}
