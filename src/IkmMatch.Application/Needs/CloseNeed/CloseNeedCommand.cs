using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Needs.CloseNeed;

/// <summary>Closes an open need: <c>Fulfilled</c> when <paramref name="Fulfilled"/>, else <c>Closed</c>.</summary>
public sealed record CloseNeedCommand(Guid Id, bool Fulfilled, Precondition Precondition) : ICommand<Versioned<NeedResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.CloseNeed;
}

/// <summary>Optional body of <c>POST /api/v1/needs/{id}/close</c>.</summary>
public sealed record CloseNeedRequest
{
    /// <summary>True when the industry got what it needed (status Fulfilled); otherwise the need is Closed.</summary>
    public bool Fulfilled { get; init; }
}
