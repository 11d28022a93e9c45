# cmake -DGMEMSIM=path/to/gmemsim -DTRACE=traces/bugs/KNOB.gms -P check_bug.cmake
#
# A bug trace is named after the bug-injection knob it demonstrates and
# declares the violation that knob must cause (expect_violation kind=...):
#  - `gmemsim replay --mode det --inject KNOB TRACE` must exit 0 (the expected
#    violation, and only it, was reported);
#  - `gmemsim replay --mode det TRACE` must exit 1: on the correct model the
#    trace fails for want of its violation, so it cannot pass vacuously.
get_filename_component(knob ${TRACE} NAME_WE)

execute_process(COMMAND ${GMEMSIM} replay --mode det --inject ${knob} ${TRACE}
	RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
	message(FATAL_ERROR "gmemsim replay --inject ${knob} ${TRACE}: exit status ${status}, want 0\n${out}${err}")
endif()

execute_process(COMMAND ${GMEMSIM} replay --mode det ${TRACE}
	RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 1)
	message(FATAL_ERROR "gmemsim replay ${TRACE} (no knob): exit status ${status}, want 1\n${out}${err}")
endif()
