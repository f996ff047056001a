using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Industries.UpdateIndustry;

/// <summary>Replaces a large industry's profile.</summary>
public sealed record UpdateIndustryCommand(Guid Id, IndustryRequest Body, Precondition Precondition) : ICommand<Versioned<IndustryResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.UpdateIndustry;
}
