using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Industries.CreateIndustry;

/// <summary>Registers a large industry.</summary>
public sealed record CreateIndustryCommand(IndustryRequest Body) : ICommand<Versioned<IndustryResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.CreateIndustry;
}
