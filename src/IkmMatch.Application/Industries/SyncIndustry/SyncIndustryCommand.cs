using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Industries.SyncIndustry;

/// <summary>Creates the large industry with this NIB or replaces its profile. A replace that changes nothing keeps the version.</summary>
public sealed record SyncIndustryCommand(string Nib, IndustryRequest Body, Precondition Precondition) : ICommand<Synced<IndustryResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.SyncIndustry;
}
