using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.AcceptPartnership;

/// <summary>The IKM accepts a proposed partnership.</summary>
public sealed record AcceptPartnershipCommand(Guid Id, AcceptPartnershipRequest Body, Precondition Precondition) : ICommand<Versioned<PartnershipResponse>>;
