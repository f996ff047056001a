using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using Mediator;

namespace IkmMatch.ArchitectureTests;

/// <summary>Access is closed unless granted: every use case names its row of the access matrix.</summary>
public sealed class AccessTests
{
    private static readonly Type[] Requests = [.. typeof(IApplicationDbContext).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))];

    [Fact]
    public void EveryUseCase_NamesAnOperationOfTheMatrix()
    {
        Requests.Length.ShouldBeGreaterThanOrEqualTo(Enum.GetValues<Operation>().Length);
        Requests.Where(t => !typeof(IAuthorizedRequest).IsAssignableFrom(t)).Select(t => t.Name).ShouldBeEmpty();
    }

    [Fact]
    public void EveryOperation_IsCarriedOutByExactlyOneUseCase()
    {
        // Each request type is named after its operation (GetIkmQuery → GetIkm), so one operation is one use case.
        var operations = Requests.Select(t => t.Name.Replace("Query", string.Empty, StringComparison.Ordinal).Replace("Command", string.Empty, StringComparison.Ordinal)).ToList();

        operations.Order(StringComparer.Ordinal).ShouldBe(Enum.GetNames<Operation>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryOperation_HasARowForEveryRole()
    {
        var rows = AccessMatrix.Table().ToList();

        rows.Select(r => r.Operation).ShouldBe(Enum.GetValues<Operation>());
        rows.Single(r => r.Operation == Operation.IssueApiKey).ShouldBe((Operation.IssueApiKey, Grant.All, Grant.None, Grant.None, Grant.None));
        rows.ShouldAllBe(r => r.Admin == Grant.All); // Disperindag officers may do everything
    }
}
