using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Needs.UpdateNeed;

/// <summary>Replaces an open need's details.</summary>
public sealed record UpdateNeedCommand(Guid Id, NeedRequest Body, Precondition Precondition) : ICommand<Versioned<NeedResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.UpdateNeed;
}
