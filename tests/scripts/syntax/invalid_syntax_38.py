class

