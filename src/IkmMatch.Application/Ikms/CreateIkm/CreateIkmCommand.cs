using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Ikms.CreateIkm;

/// <summary>Registers a new IKM.</summary>
public sealed record CreateIkmCommand(IkmRequest Body) : ICommand<Versioned<IkmResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.CreateIkm;
}
