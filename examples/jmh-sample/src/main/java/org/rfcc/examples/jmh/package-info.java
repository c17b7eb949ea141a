/** A small JMH project for rfcc-bench's own tests of any JVM team's benchmarks. */
package org.rfcc.examples.jmh;
