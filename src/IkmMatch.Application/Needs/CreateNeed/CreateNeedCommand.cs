using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Needs.CreateNeed;

/// <summary>A large industry posts a procurement need.</summary>
public sealed record CreateNeedCommand(NeedRequest Body) : ICommand<Versioned<NeedResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.CreateNeed;
}
