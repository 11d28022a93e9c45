# cmake -DGMEMSIM=path/to/gmemsim -DTRACE=traces/findings/ID.gms -P check_finding.cmake
#
# A finding's trace shows what the kernel does today and names the candidate
# fixes it is validated against ("# candidate fix: NAME" lines):
#  - `gmemsim replay TRACE` must exit 0 (the model, faithful to the kernel,
#    reports the finding's violation);
#  - `gmemsim replay --fix NAME TRACE` must exit 1 with no violation report:
#    with the fix the violation is gone and nothing else broke.
execute_process(COMMAND ${GMEMSIM} replay ${TRACE}
	RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
	message(FATAL_ERROR "gmemsim replay ${TRACE}: exit status ${status}, want 0\n${out}${err}")
endif()

file(STRINGS ${TRACE} fix_lines REGEX "^# candidate fix: ")
if(NOT fix_lines)
	message(FATAL_ERROR "${TRACE} names no candidate fix")
endif()
foreach(line ${fix_lines})
	string(REGEX REPLACE "^# candidate fix: *([^ ]+).*" "\\1" fix "${line}")
	execute_process(COMMAND ${GMEMSIM} replay --fix ${fix} ${TRACE}
		RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
	if(NOT status EQUAL 1 OR err MATCHES "VIOLATION")
		message(FATAL_ERROR "gmemsim replay --fix ${fix} ${TRACE}: exit status ${status}, "
			"want 1 (the expected violation gone) and no report\n${out}${err}")
	endif()
endforeach()
