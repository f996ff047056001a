using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Ikms.GetIkm;

/// <summary>One IKM by id, archived ones included.</summary>
public sealed record GetIkmQuery(Guid Id) : IQuery<Versioned<IkmResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetIkm;
}
