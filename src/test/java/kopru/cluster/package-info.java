/** Tests of the packaged server as separate processes: several nodes on one database behind nginx. */
package kopru.cluster;
