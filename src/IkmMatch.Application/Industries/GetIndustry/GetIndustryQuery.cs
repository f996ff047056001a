using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Industries.GetIndustry;

/// <summary>One large industry by id, archived ones included.</summary>
public sealed record GetIndustryQuery(Guid Id) : IQuery<Versioned<IndustryResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetIndustry;
}
