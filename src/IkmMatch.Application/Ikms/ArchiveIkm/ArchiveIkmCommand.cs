using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Ikms.ArchiveIkm;

/// <summary>Archives an IKM: it leaves lists and matching but keeps its id and history.</summary>
public sealed record ArchiveIkmCommand(Guid Id, Precondition Precondition) : ICommand, IAuthorizedRequest
{
    public Operation Operation => Operation.ArchiveIkm;
}
