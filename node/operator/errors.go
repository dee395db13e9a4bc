package operator

import "fmt"

// JSON-RPC error codes of parleyOperator_signRange. The error's data is the reason
// (metrics' refusal reason, e.g. "above_head").
const (
	// CodeInvalidRequest: another interface version, an empty range, another source
	// chain, or a range that is not on the grid.
	CodeInvalidRequest = -32602
	// CodeInternal: the operator failed (e.g. its protection database).
	CodeInternal = -32603
	// CodeAboveHead: the range ends above the source's safe (or finalized) head.
	CodeAboveHead = 4001
	// CodeUnknownSnapshot: L1 has no such snapshot as far as the operator sees, or it is
	// older than the operator's maximum snapshot age.
	CodeUnknownSnapshot = 4002
	// CodeRefused: slashing protection forbids the signature.
	CodeRefused = 4003
	// CodeHalted: the operator halted (the source's content of a signed range changed).
	CodeHalted = 4004
	// CodeNotMember: none of the operator's keys is in the snapshot's table.
	CodeNotMember = 4005
	// CodeUnavailable: the source or L1 could not be read; try again later.
	CodeUnavailable = 4006
)

// Error is a refusal or failure to sign, with its JSON-RPC code and metrics reason.
type Error struct {
	Code   int
	Reason string
	Err    error
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// ErrorCode is the JSON-RPC error code (go-ethereum's rpc.Error).
func (e *Error) ErrorCode() int { return e.Code }

// ErrorData is the JSON-RPC error data: the reason (go-ethereum's rpc.DataError).
func (e *Error) ErrorData() any { return e.Reason }

func fail(code int, reason string, format string, args ...any) *Error {
	return &Error{Code: code, Reason: reason, Err: fmt.Errorf(format, args...)}
}

// unavailable wraps a temporary read failure.
func unavailable(err error) *Error {
	return &Error{Code: CodeUnavailable, Reason: "unavailable", Err: err}
}
