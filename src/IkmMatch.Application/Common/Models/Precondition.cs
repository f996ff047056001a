using IkmMatch.Domain.Common;
namespace IkmMatch.Application.Common.Models;

/// <summary>
/// What the client expects the current version of a resource to be (from <c>If-Match</c>).
/// <see cref="ExpectedVersion"/> null means any version will do.
/// </summary>
public readonly record struct Precondition(int? ExpectedVersion)
{
    public static Precondition None => new(null);

    /// <summary>Throws <see cref="Exceptions.PreconditionFailedException"/> when the current version is not the expected one.</summary>
    public void Check(string resource, Guid id, int currentVersion)
    {
        if (ExpectedVersion is { } expected && expected != currentVersion)
        {
            throw new Exceptions.PreconditionFailedException(
                new Text("problem.ifMatchOtherVersion", new Text("resource." + resource), id.ToString(), currentVersion));
        }
    }
}
