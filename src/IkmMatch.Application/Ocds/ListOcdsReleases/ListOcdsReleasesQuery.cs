using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Ocds.ListOcdsReleases;

/// <summary>A release package of one page of needs, oldest first; <paramref name="BaseUrl"/> is where the API is reached (for the package's uri and links).</summary>
public sealed record ListOcdsReleasesQuery(int Page, int PageSize, string BaseUrl) : IQuery<OcdsReleasePackage>, IPagedQuery, IAuthorizedRequest
{
    public Operation Operation => Operation.ListOcdsReleases;
}
