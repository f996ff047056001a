using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Programmes;
using Mediator;

namespace IkmMatch.Application.Programmes.ListProgrammes;

/// <summary>Programmes, the latest start first, filtered and paged.</summary>
/// <param name="Status">Only programmes in this status.</param>
/// <param name="Kind">Only programmes of this kind.</param>
/// <param name="OrganiserIndustryId">Only programmes this industry runs.</param>
/// <param name="IkmId">Only programmes this IKM is enrolled in (or completed).</param>
/// <param name="Page">Page number, 1 or more.</param>
/// <param name="PageSize">Items per page, 1–100.</param>
public sealed record ListProgrammesQuery(
    ProgrammeStatus? Status,
    ProgrammeKind? Kind,
    Guid? OrganiserIndustryId,
    Guid? IkmId,
    int Page,
    int PageSize) : IQuery<PagedList<ProgrammeResponse>>, IPagedQuery, IAuthorizedRequest
{
    public Operation Operation => Operation.ListProgrammes;
}
