using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Ikms.SyncIkm;

/// <summary>
/// Creates the IKM with this NIB or replaces its profile: what another government system sends to keep its registry and
/// IkmMatch's the same. A replace that changes nothing keeps the version.
/// </summary>
public sealed record SyncIkmCommand(string Nib, IkmRequest Body, Precondition Precondition) : ICommand<Synced<IkmResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.SyncIkm;
}
