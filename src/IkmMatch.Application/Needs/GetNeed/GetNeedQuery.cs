using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Needs.GetNeed;

/// <summary>One procurement need by id, whatever its status.</summary>
public sealed record GetNeedQuery(Guid Id) : IQuery<Versioned<NeedResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetNeed;
}
