using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Ikms.VerifyIkm;

/// <summary>Disperindag marks an IKM as verified, with every certificate it holds now (there is no separate verification per certificate).</summary>
public sealed record VerifyIkmCommand(Guid Id, Precondition Precondition) : ICommand<Versioned<IkmResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.VerifyIkm;
}
