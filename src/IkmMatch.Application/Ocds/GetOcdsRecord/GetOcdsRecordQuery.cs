using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.Ocds.GetOcdsRecord;

/// <summary>The record package of one need: its release, embedded and as the compiled release.</summary>
public sealed record GetOcdsRecordQuery(Guid NeedId, string BaseUrl) : IQuery<OcdsRecordPackage>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetOcdsRecord;
}
