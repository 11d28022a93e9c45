# cmake -DGMEMSIM=path/to/gmemsim -DTRACE=traces/bad/x.gms -P check_bad.cmake
#
# A malformed trace names the error it must produce on its first line:
#     # check: LINE:COL: message
# `gmemsim check TRACE` must exit 2 (bad input) and print exactly
# "TRACE:LINE:COL: message" on stderr.
file(STRINGS ${TRACE} want REGEX "^# check: " LIMIT_COUNT 1)
if(NOT want)
	message(FATAL_ERROR "${TRACE}: no '# check: LINE:COL: message' line")
endif()
string(REGEX REPLACE "^# check: " "${TRACE}:" want "${want}")

execute_process(COMMAND ${GMEMSIM} check ${TRACE}
	RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(STRIP "${err}" err)

if(NOT status EQUAL 2)
	message(FATAL_ERROR "gmemsim check ${TRACE}: exit status ${status}, want 2\n${out}${err}")
endif()
if(NOT err STREQUAL want)
	message(FATAL_ERROR "gmemsim check ${TRACE}:\n  got:  ${err}\n  want: ${want}")
endif()
message(STATUS "${err}")
