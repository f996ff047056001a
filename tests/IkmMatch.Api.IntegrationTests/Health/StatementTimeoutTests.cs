using System.Net;
using IkmMatch.Api.IntegrationTests.Access;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace IkmMatch.Api.IntegrationTests.Health;

/// <summary>
/// A statement that runs past <c>Database:StatementTimeoutSeconds</c> is cancelled by PostgreSQL and the request is a
/// 503 problem, logged once as a warning without a stack trace (an outage is not a bug). Here the statement waits on a
/// table the test holds locked, which counts against the timeout exactly as a slow plan would.
/// </summary>
public sealed class StatementTimeoutTests(StatementTimeoutTests.OneSecondApi factory) : IClassFixture<StatementTimeoutTests.OneSecondApi>
{
    public sealed class OneSecondApi : AuthApiFactory
    {
        public OneSecondApi() => Settings["Database:StatementTimeoutSeconds"] = "1";
    }

    [Fact]
    public async Task Matches_StatementPastTheTimeout_Returns503ProblemLoggedOnceWithoutStackTrace()
    {
        var api = new PartnershipApi(factory.CreateClient());
        var industry = await api.CreateIndustryAsync();
        var need = await api.CreateNeedAsync(industry.Id);
        await api.CreateIkmAsync();
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE ikm_capabilities IN ACCESS EXCLUSIVE MODE", connection, transaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var logged = factory.Logs.Lines.Count;
        var response = await api.Client.GetAsync($"/api/v1/needs/{need.Id}/matches");
        await transaction.RollbackAsync();

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("detail").GetString()!.ShouldContain("took longer than the database allows");
        response.Headers.RetryAfter.ShouldNotBeNull();
        var lines = factory.Logs.Lines.Skip(logged).ToList();
        lines.ShouldNotContain(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal), string.Join('\n', lines));
        var warning = lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("503", StringComparison.Ordinal)).ShouldHaveSingleItem();
        warning.ShouldContain("57014");
        warning.ShouldNotContain("   at ");
        (await api.Client.GetAsync($"/api/v1/needs/{need.Id}/matches")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
