using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Industries.ArchiveIndustry;

/// <summary>Archives a large industry: it leaves the lists but keeps its id and history.</summary>
public sealed record ArchiveIndustryCommand(Guid Id, Precondition Precondition) : ICommand, IAuthorizedRequest
{
    public Operation Operation => Operation.ArchiveIndustry;
}
