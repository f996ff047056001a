using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Programmes;
using Mediator;

namespace IkmMatch.Application.Programmes.ListProgrammeEnrolments;

/// <summary>A programme's participants, in the order they enrolled; an IKM caller sees only its own enrolment.</summary>
/// <param name="Id">The programme.</param>
/// <param name="Status">Only enrolments in this status.</param>
/// <param name="Page">Page number, 1 or more.</param>
/// <param name="PageSize">Items per page, 1–100.</param>
public sealed record ListProgrammeEnrolmentsQuery(Guid Id, EnrolmentStatus? Status, int Page, int PageSize)
    : IQuery<PagedList<EnrolmentResponse>>, IPagedQuery, IAuthorizedRequest
{
    public Operation Operation => Operation.ListProgrammeEnrolments;
}
