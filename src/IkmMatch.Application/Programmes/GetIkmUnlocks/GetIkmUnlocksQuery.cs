using IkmMatch.Application.Access;
using IkmMatch.Domain.Registry;
using Mediator;

namespace IkmMatch.Application.Programmes.GetIkmUnlocks;

/// <summary>The open needs an IKM would become eligible for if it held a certificate.</summary>
/// <param name="IkmId">The IKM.</param>
/// <param name="Certification">The certificate it would hold.</param>
public sealed record GetIkmUnlocksQuery(Guid IkmId, CertificationType? Certification) : IQuery<UnlocksResponse>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetIkmUnlocks;
}
